"""The social map listens to the task worker: a review mail whose last attempt failed is recorded as not arrived."""

from django_tasks.signals import task_finished

from . import review


def register_signal_handlers():
    task_finished.connect(review.task_finished, dispatch_uid="socialmap_review_mail_failed")
