"""Screenshots of every diagram page, troubleshooter and one entry page, as a person sees them.

Usage: python3 bench/diagram_screenshots.py PUBLIC_DIR OUT_DIR
Takes each page at 1280 and 375 px wide, in light and dark mode, with headless Chromium.
"""

import pathlib
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

WIDTHS = (1280, 375)
SCHEMES = ("light", "dark")


def pages(public):
    found = sorted(public.glob("diagrams/*/index.html")) + sorted(public.glob("troubleshoot/*/index.html"))
    for entry in sorted(public.glob("*/*/index.html")):
        if 'class="diagram diagram-where"' in entry.read_text(encoding="utf-8"):
            found.append(entry)
            break
    return found


def main():
    public = pathlib.Path(sys.argv[1]).resolve()
    out = pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        for page in pages(public):
            name = "-".join(page.relative_to(public).parent.parts)
            for scheme in SCHEMES:
                driver.execute_cdp_cmd(
                    "Emulation.setEmulatedMedia",
                    {"features": [{"name": "prefers-color-scheme", "value": scheme}]},
                )
                for width in WIDTHS:
                    driver.set_window_size(width, 900)
                    driver.get(page.as_uri())
                    height = driver.execute_script("return document.documentElement.scrollHeight")
                    driver.set_window_size(width, min(height + 100, 4000))
                    target = out / f"{name}-{width}-{scheme}.png"
                    driver.save_screenshot(str(target))
                    print(target)
                    for figure in driver.find_elements("css selector", "figure.diagram")[:1]:
                        crop = out / f"{name}-{width}-{scheme}-figure.png"
                        figure.screenshot(str(crop))
                        print(crop)
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
