"""Small widgets and helpers shared by the rooms: icons, an eliding combo box, the text browser
that loads only local images, and markdown to HTML."""
