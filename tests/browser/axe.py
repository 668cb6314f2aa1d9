"""axe-core (from npm, see package.json) run inside a page: the WCAG 2.1 A and AA rules and axe's best practices
(unique landmarks, one main landmark, heading order...)."""

from pathlib import Path

from django.conf import settings

AXE_SOURCE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
RULES = [*WCAG_21_AA, "best-practice"]

RUN_AXE = """async (tags) => {
    const results = await axe.run(document, {runOnly: {type: "tag", values: tags}});
    return results.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(" ")).join(", ")}`);
}"""


def violations(page) -> list[str]:
    page.add_script_tag(path=AXE_SOURCE)
    return page.evaluate(RUN_AXE, RULES)
