"""Sphinx configuration of the course site (built by `make site`, see build.py).

The notebooks arrive executed (lessons) or as handed out (exercises), so
myst-nb executes nothing. Nothing is loaded from a CDN: no ipywidgets script
(explorers are static snapshots), no MathJax (the lessons use no math), the
theme's own assets only.
"""

project = "Combining Keras Layers"
author = "the course's authors"
copyright = "the course's authors, MIT licence"

extensions = ["myst_nb"]
# _notebooks/: the notebooks offered for download (build.py), files, not pages
exclude_patterns = ["**.ipynb_checkpoints", "_notebooks/**"]

# myst-nb: render what the notebooks hold, execute nothing.
nb_execution_mode = "off"
nb_ipywidgets_js = {}  # the default loads require.js and the widget manager from CDNs
nb_output_stderr = "severe"  # stderr on a page is a build error (TensorFlow's log included)
nb_merge_streams = True
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

html_theme = "sphinx_book_theme"
html_title = "Combining Keras Layers"
html_static_path = ["_static"]
html_css_files = ["ckl-site.css"]
html_js_files = ["ckl-search.js"]  # search from a file:// page: titles only, said in words
html_favicon = "_static/favicon.svg"  # three blocks joined, in the course's palette
html_copy_source = False
html_show_sourcelink = False
html_last_updated_fmt = None
# light: the figures are drawn on white (without a mode the theme logs a console error)
html_context = {"default_mode": "light"}
html_theme_options = {
    "use_download_button": False,
    "use_fullscreen_button": False,
    "show_toc_level": 2,
    "home_page_in_toc": True,
}
# One search box: the header's (the theme's sidebar adds a second one by default).
html_sidebars = {"**": ["navbar-logo.html", "icon-links.html", "sbt-sidebar-nav.html"]}
