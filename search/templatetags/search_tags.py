from django import template

from search.selectors import practice_comparable

register = template.Library()


@register.simple_tag
def comparable_practices(practice, limit: int = 5):
    """Practices from other farms in the most similar conditions (practice pages)."""
    return practice_comparable(practice=practice, limit=limit)
