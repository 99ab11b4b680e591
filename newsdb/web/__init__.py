"""newsdb's web view, served by Datasette (`newsdb serve`; the optional extra `web`).

`config` generates Datasette's metadata from the schema, the views and the canned queries; `article` and
`charts` are pure rendering (HTML spans, SVG) over rows; `plugins/newsdb_web.py` is the Datasette plugin that
routes pages to them and links cells; `templates/` holds their pages. Only the plugin imports Datasette.
"""
