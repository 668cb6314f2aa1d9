"""schema.org ``Event`` data for search engines: one event per upcoming occurrence of an activity."""

from herstelnetwerk.links import reachable

ATTENDANCE = "https://schema.org/{}EventAttendanceMode"


def events(activity, upcoming, request) -> list[dict]:
    return [event(activity, occurrence, request) for occurrence in upcoming]


def event(activity, occurrence, request) -> dict:
    places = []
    if activity.location:
        place = activity.location
        places.append({"@type": "Place", "name": place.name, **place.schema_org_address()})
    if activity.online_url:
        places.append({"@type": "VirtualLocation", "url": activity.online_url})
    mode = "Mixed" if len(places) == 2 else ("Online" if activity.online_url else "Offline")
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": activity.title,
        "description": activity.intro,
        "url": activity.get_full_url(request),
        "startDate": occurrence.start.isoformat(),
        "endDate": occurrence.end.isoformat(),
        "eventStatus": "https://schema.org/"
        + ("EventCancelled" if occurrence.cancelled else "EventScheduled"),
        "eventAttendanceMode": ATTENDANCE.format(mode),
        "location": places[0] if len(places) == 1 else places,
        "isAccessibleForFree": activity.is_free,
        "inLanguage": "nl",
    }
    if not activity.is_free and activity.cost:
        data["offers"] = {"@type": "Offer", "description": activity.cost}
    if activity.organiser and activity.organiser.live:  # a draft organisation is not shown yet
        data["organizer"] = {"@type": "Organization", "name": activity.organiser.name}
        if reachable(activity.organiser.website):
            data["organizer"]["url"] = activity.organiser.website
    if activity.minimum_age:
        data["typicalAgeRange"] = f"{activity.minimum_age}-"
    return data
