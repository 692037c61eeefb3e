"""The reach app's background work (django-tasks: in the request with the immediate backend
of `make run` and the tests, by the database worker in production)."""

from django_tasks import task

from practices.reach.services.renditions import renditions_make


@task()
def renditions_task(media_id: int) -> str:
    renditions = renditions_make(media_id=media_id)
    return renditions.status if renditions is not None else "gone"
