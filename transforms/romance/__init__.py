"""French and Spanish: the words their summary records use where English ones say "meeting", "said", "Chairperson".

The English grammar of each stage stays where it is; these modules add what a French ("Compte rendu
analytique de la 645e séance") or Spanish ("Acta resumida de la 896ª sesión") record says instead,
and the stage tries them only where the English has found nothing, so an English record reads as before.
"""
