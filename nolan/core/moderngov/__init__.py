"""Modern.gov's web service as plain data, and the plan that keeps Nolan in step with it.

``feed`` reads the service's XML answers; ``plan`` compares them with what Nolan holds.
Nothing here fetches, stores or imports Django: ``nolan.moderngov`` does that (issue 12).
"""
