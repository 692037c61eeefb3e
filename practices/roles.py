"""Who does what on the platform: the groups an account can belong to, and the workflow every
contribution goes through. The names are stored in the database (groups, workflow), so they are
part of a site's data: change them with a data migration, never here alone.

Which countries a correspondent covers is a question for the regions:
`Region.objects.countries_covered_by(user)` (practices.models.taxonomy).
"""

MODERATORS = "Moderators"  # the initiative's secretariat: review everywhere
CORRESPONDENTS = "Regional correspondents"  # review and write for their region
WORKFLOW = "Contributions"  # the regional review every practice and report goes through
