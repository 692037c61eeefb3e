"""The site's own pages in the demo (content/site.toml): the home pages' introduction, the
libraries in the menus, and the plain pages (how to contribute, about) in the three languages."""

from home.models import StandardPage
from practices.demo import texts
from practices.demo.pages import LANGUAGES, translation_add


def site_pages_create(libraries) -> None:
    homes = {code: library.get_parent().specific for code, library in libraries.items()}
    for code, home in homes.items():
        home.intro = texts.HOME_INTRO[code]
        home.save_revision().publish()
        library = libraries[code]
        if not library.show_in_menus:
            library.show_in_menus = True
            library.save_revision().publish()
    for content in texts.STANDARD_PAGES:
        siblings: dict = {}
        for code in LANGUAGES:
            page = StandardPage(
                title=content["title"][code],
                slug=content["slug"],
                intro=content["intro"][code],
                show_in_menus=True,
                body=[
                    ("paragraph", f"<p>{paragraph[code]}</p>")
                    for paragraph in content["paragraphs"]
                ],
            )
            translation_add(page, homes, code, siblings)
            page.save_revision().publish()
