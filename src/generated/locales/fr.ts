
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
's03bf3': `Langue`,
's0959d': `Service d'aide national : conseils, enregistrement et hébergement pour les victimes.`,
's0ac61': `D'abord un entretien`,
's1da47': `Chargement…`,
's258f1': `Exploitation criminelle`,
's2d531': `Les organisations de ce site n'ont pas pu être chargées. Voici les organisations nationales.`,
's2dd69': `En fonction des signes que vous avez cochés.`,
's34eae': str`${0} organisations`,
's371b0': `Prise en charge des victimes dans la région de Rotterdam.`,
's39090': `Toutes les formes`,
's3c483': `Appuyez encore une fois sur Maj (Shift) pour quitter ce site.`,
's41c56': `Hébergement et prise en charge des victimes à Amsterdam et dans la province de Noord-Holland.`,
's42fb1': `En savoir plus pour naviguer en sécurité`,
's438cb': `Aucune organisation ne correspond exactement à ce choix. Vous pouvez toujours vous adresser à :`,
's4925a': `Sortie rapide`,
's49308': `Aide gratuite et confidentielle en cas d'exploitation au travail, en dehors de l'industrie du sexe.`,
's5768f': `1 organisation`,
's5a92f': `Cela me concerne`,
's5b146': `Pour naviguer de façon plus sûre : utilisez une fenêtre de navigation privée, effacez ensuite votre historique, ou utilisez un téléphone ou un ordinateur que la personne dont vous avez peur ne peut ni consulter ni contrôler.`,
's5f0f2': str`Afficher plus d’organisations (encore ${0})`,
's5fa94': `J'aide dans le cadre de mon travail`,
's61625': `Exploitation par le travail`,
's63690': `Vous pouvez aussi appuyer 3 fois sur la touche Maj (Shift).`,
's641c4': `CoMensha cherche une place dans un foyer spécialisé pour les victimes de la traite des êtres humains. Dans chaque région, des coordinateurs de soins aident les victimes à trouver la bonne aide.`,
's684ce': `Signaler une exploitation au travail.`,
's6c4b7': `Numéro d'urgence`,
's6cc0e': `Hébergement et aide`,
's6f1a1': `Chat anonyme pour les jeunes victimes d'exploitation criminelle et pour leur entourage.`,
's72404': `Ce délai de réflexion est destiné aux personnes qui n'ont pas le droit de séjourner aux Pays-Bas. Vous avez alors jusqu'à trois mois pour décider si vous portez plainte. Pendant ce temps, vous n'avez pas à quitter les Pays-Bas. Vous venez d'un pays de l'Union européenne ? Demandez alors à CoMensha ce qui s'applique à vous.`,
's7493c': `Soutien pratique, émotionnel et juridique pour les victimes et les témoins.`,
's7af2d': `« Sortie rapide » vous emmène tout de suite sur un autre site web.`,
's7b563': `Jour et nuit`,
's7f1a2': `Ce n'est pas urgent ? Signalez-le à la police ou portez plainte.`,
's81f4f': `Appuyez encore 2 fois sur Maj (Shift) pour quitter ce site.`,
's829cb': str`Discutez en ligne sur ${0}`,
's82d0b': `Que se passe-t-il si je fais un signalement ?`,
's840c8': `Signaler sans donner votre nom.`,
's84a27': str`Appelez le ${0}`,
's85f8c': `Avant une plainte, il y a toujours d'abord un entretien d'information avec un enquêteur de police formé à la traite des êtres humains. Vous apprenez alors comment se passe une plainte, et quelles aides, quels hébergements et quelles règles de séjour existent. Ensuite, vous pouvez décider de ne pas porter plainte. Le procureur peut quand même ouvrir une enquête.`,
's860d9': `Peu importe`,
's8a39d': `Signaler la traite des êtres humains`,
's8b17f': `Délai de réflexion`,
's8c612': `Aide et conseils pour les victimes et leur entourage dans la région de Twente.`,
's8cce5': `Signalez un soupçon ou portez plainte. En cas d'urgence : appelez le 112.`,
's91ce0': `Informations du gouvernement pour les travailleurs migrants.`,
's96f91': `De quoi s'agit-il ?`,
's99b17': `« Sortie rapide » n'efface pas votre historique de navigation.`,
's9c9e1': `Titre de séjour`,
's9e34d': `Vous portez plainte ou vous collaborez à l'enquête ? Vous pouvez alors obtenir un titre de séjour temporaire pendant toute la durée de l'affaire : un an, et il peut être prolongé. Des conditions s'appliquent. Vous ne pouvez pas collaborer, par exemple à cause de votre santé, parce que vous avez moins de 18 ans ou parce qu'on vous menace gravement ? Un titre de séjour est possible dans ce cas aussi.`,
'sa836c': `Prélèvement forcé d'organes`,
'sa8b1d': `Conseils et signalement en cas de violence domestique et de maltraitance d'enfants, y compris avec un « loverboy ». Vous pouvez demander conseil de façon anonyme.`,
'sab941': `Des explications pas à pas sur les droits, le signalement et l'aide.`,
'sacc0a': `Police (Politie)`,
'sae63c': `Langues :`,
'sb0a72': `Qui êtes-vous ?`,
'sb31a2': `Signalez l'exploitation d'enfants et de jeunes, aussi de façon anonyme.`,
'sb9f49': `Exploitation sexuelle`,
'sca762': `Gratuit. Votre numéro ne s'affiche pas et l'appel n'est pas enregistré.`,
'scae48': `Point de conseil et de signalement pour la traite des êtres humains dans le Flevoland.`,
'scf726': `Vous voulez d'abord un conseil ? CoMensha aide toute personne qui a des questions sur la traite des êtres humains.`,
'sd00c2': `Y a-t-il un danger en ce moment ? Appelez tout de suite le 112.`,
'sd76c9': `En cas de danger immédiat, appelez le 112. Sinon, signalez-le à la police ou, en cas d'exploitation au travail, à l'Arbeidsinspectie (Inspection du travail). Vous pouvez aussi faire un signalement anonyme. CoMensha enregistre les victimes possibles et organise le premier hébergement.`,
'sd91ac': `Je m'inquiète pour quelqu'un d'autre`,
'sdce74': `Aide en cas de traite des êtres humains`,
'se23bc': str`Faites un signalement en ligne sur ${0}`,
'se93f5': `Du lundi au vendredi, de 9 h à 17 h`,
'sf2536': `Anonyme`,
'sf3cf3': `gratuit, jour et nuit`,
'sf51f5': `Signaler`,
'sf5acb': str`Langue modifiée : ${0}`,
'sf990d': `Aide et hébergement en cas de violence dans une relation de dépendance, y compris avec un « loverboy ».`,
    };

    /** Messages are keyed by the first keyLength characters of their id. */
    export const keyLength = 6;

    /** Texts only one element shows, in files of their own that the element loads. */
    export const parts = { checklist: () => import('./fr-checklist.js') };
