"""The periodic work, run by the worker: queued every few minutes by ``manage.py vrijwilligers_due`` from cron.

django-tasks has no scheduler of its own; the command only queues this task, so the work itself (and every mail
it leads to) runs in the worker, with its retries. ``now`` is an argument so tests (and a catch-up run) can say when.
"""

from datetime import datetime

from django_tasks import task

from . import enrolment, reminders, signups


@task()
def housekeeping(now_iso):
    now = datetime.fromisoformat(now_iso)
    return {
        "lapsed_enrolments": enrolment.expire_lapsed(now),
        "lapsed_sign_ups": signups.expire_unconfirmed(now),
        "reminders": reminders.claim_due(now),
    }
