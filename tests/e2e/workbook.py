"""Helpers shared by the template, demo and Calc citizenship scripts."""
import os

from harness import ROOT, xcu_catalogue  # noqa: F401  (re-exported for the scripts)
from sheets import TEMPLATE_REL, TEMPLATE_SRC, error_cells, formula_cells, installed_template  # noqa: F401
import make_template as layout  # noqa: E402,F401  (the template's cell layout)


def seed_ui_locale(office, locale):
    """Sets the profile's UI language (Tools > Options > Language Settings >
    User interface) before soffice starts: org.openoffice.Office.Linguistic/
    General/UILocale in registrymodifications.xcu."""
    path = os.path.join(office.dir, "profile", "user", "registrymodifications.xcu")
    item = ('<item oor:path="/org.openoffice.Office.Linguistic/General">'
            '<prop oor:name="UILocale" oor:op="fuse"><value>%s</value></prop></item>\n' % locale)
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            text = f.read()
    else:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        text = ('<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
                'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
                '</oor:items>\n')
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace("</oor:items>", item + "</oor:items>"))
