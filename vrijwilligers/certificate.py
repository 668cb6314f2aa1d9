"""The one-page certificate "Bewijs van deelname", drawn with reportlab (pure Python, no system libraries)."""

import io

from django.utils import formats
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas

from .coordination import hours_attended

NETWORK = "Herstelnetwerk Noord-Holland-Noord"
GREEN = HexColor("#2f6f5e")


def certificate_pdf(completion, coordinator_name) -> bytes:
    enrollment = completion.enrollment
    cohort = enrollment.cohort
    sessions = list(cohort.sessions.all())
    first, last = sessions[0].starts_at, sessions[-1].starts_at
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, pageCompression=0)
    pdf.setTitle(f"Bewijs van deelname: {cohort.track.title}")
    width, height = A4
    # The network's mark: a green circle with an H, then its name.
    pdf.setFillColor(GREEN)
    pdf.circle(width / 2, height - 4 * cm, 1.2 * cm, stroke=0, fill=1)
    pdf.setFillColor(HexColor("#ffffff"))
    pdf.setFont("Helvetica-Bold", 28)
    pdf.drawCentredString(width / 2, height - 4.35 * cm, "H")
    pdf.setFillColor(GREEN)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawCentredString(width / 2, height - 6 * cm, NETWORK)
    pdf.setFillColor(HexColor("#1a1a1a"))
    pdf.setFont("Helvetica-Bold", 30)
    pdf.drawCentredString(width / 2, height - 9 * cm, "Bewijs van deelname")
    pdf.setFont("Helvetica", 14)
    pdf.drawCentredString(width / 2, height - 11 * cm, "Hierbij verklaren wij dat")
    pdf.setFont("Helvetica-Bold", 22)
    pdf.drawCentredString(width / 2, height - 12.5 * cm, enrollment.name)
    pdf.setFont("Helvetica", 14)
    lines = [
        "heeft deelgenomen aan de training",
        f"{cohort.track.title} ({cohort.name}, {cohort.place})",
        f"van {formats.date_format(first, 'j F Y')} tot en met {formats.date_format(last, 'j F Y')},",
        f"in totaal {formats.number_format(hours_attended(enrollment), 1)} uur.",
        f"Afgerond op {formats.date_format(completion.completed_on, 'j F Y')}.",
    ]
    for number, line in enumerate(lines):
        pdf.drawCentredString(width / 2, height - (14 + number * 0.9) * cm, line)
    pdf.line(width / 2 - 5 * cm, 6 * cm, width / 2 + 5 * cm, 6 * cm)
    pdf.setFont("Helvetica", 12)
    pdf.drawCentredString(width / 2, 5.3 * cm, coordinator_name)
    pdf.drawCentredString(width / 2, 4.7 * cm, f"Coördinator vrijwilligers, {NETWORK}")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def coordinator_name(user) -> str:
    return (user.get_full_name() or user.get_username()) if user else "De coördinatoren"
