
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
's03bf3': `Language`,
's0959d': `National helpdesk: advice, registration and shelter for victims.`,
's0ac61': `First a conversation`,
's1da47': `Loading…`,
's258f1': `Criminal exploitation`,
's2d531': `This website's organisations could not be loaded. The national organisations are listed below.`,
's2dd69': `Matching the signs you ticked.`,
's34eae': str`${0} organisations`,
's371b0': `Care for victims in the Rotterdam region.`,
's39090': `All forms`,
's3c483': `Press Shift once more to leave this website.`,
's41c56': `Shelter and care for victims in Amsterdam and Noord-Holland.`,
's42fb1': `More about browsing safely`,
's438cb': `No organisation matches this choice exactly. You can always turn to:`,
's4925a': `Quick exit`,
's49308': `Free, confidential help with exploitation at work outside the sex industry.`,
's5768f': `1 organisation`,
's5a92f': `It is about me`,
's5b146': `To browse more safely: use a private window, clear your history afterwards, or use a phone or computer that the person you are afraid of cannot look at or check.`,
's5f0f2': str`Show more organisations (${0} more)`,
's5fa94': `I help as part of my work`,
's61625': `Labour exploitation`,
's63690': `You can also press Shift 3 times.`,
's641c4': `CoMensha finds a place in a shelter that specialises in human trafficking. Regional care coordinators guide victims to the right help.`,
's684ce': `Report exploitation at work.`,
's6c4b7': `Emergency number`,
's6cc0e': `Shelter and help`,
's6f1a1': `Anonymous chat for young people in criminal exploitation and the people around them.`,
's72404': `This reflection period is for people who have no right to be in the Netherlands. You then get up to three months to decide whether to file a report. During that time you do not have to leave the Netherlands. Are you from a country of the European Union? Then ask CoMensha what applies to you.`,
's7493c': `Practical, emotional and legal support for victims and witnesses.`,
's7af2d': `Quick exit takes you straight to another website.`,
's7b563': `Day and night`,
's7f1a2': `Not urgent? Tell the police or file a report.`,
's81f4f': `Press Shift 2 more times to leave this website.`,
's829cb': str`Chat on ${0}`,
's82d0b': `What happens if I report?`,
's840c8': `Report without giving your name.`,
's84a27': str`Call ${0}`,
's85f8c': `Before a formal report there is always an information interview with a detective trained in human trafficking. You hear how a report works and what help, shelter and residence rules there are. After that you may decide not to file a report. The public prosecutor can still start an investigation.`,
's860d9': `Anyone`,
's8a39d': `Report human trafficking`,
's8b17f': `Time to think`,
's8c612': `Help and advice for victims and the people around them in Twente.`,
's8cce5': `Report a suspicion or file a report. In an emergency: call 112.`,
's91ce0': `Government information for labour migrants.`,
's96f91': `What is it about?`,
's99b17': `Quick exit does not erase your browsing history.`,
's9c9e1': `Residence permit`,
's9e34d': `Do you file a report or help the investigation? Then you can get a temporary residence permit while the case lasts: one year, and it can be extended. Conditions apply. If you cannot help, for example because of your health, because you are a minor or because you are seriously threatened, a permit is still possible.`,
'sa836c': `Forced organ removal`,
'sa8b1d': `Advice and reporting for domestic violence and child abuse, including loverboys. You can ask for advice anonymously.`,
'sab941': `Rights, reporting and help, explained step by step.`,
'sacc0a': `Police (Politie)`,
'sae63c': `Languages:`,
'sb0a72': `Who are you?`,
'sb31a2': `Report the exploitation of children and young people, also anonymously.`,
'sb9f49': `Sexual exploitation`,
'sca762': `Free. Your number is not shown and the call is not recorded.`,
'scae48': `Advice and reporting point for human trafficking in Flevoland.`,
'scf726': `Want advice first? CoMensha helps anyone with questions about human trafficking.`,
'sd00c2': `Is anyone in danger right now? Call 112 at once.`,
'sd76c9': `In immediate danger, call 112. Otherwise, report it to the police or, for exploitation at work, to the Labour Inspectorate (Arbeidsinspectie). You can also report anonymously. CoMensha registers possible victims and arranges first shelter.`,
'sd91ac': `I am worried about someone else`,
'sdce74': `Help with human trafficking`,
'se23bc': str`Report online via ${0}`,
'se93f5': `Monday to Friday, 9 am to 5 pm`,
'sf2536': `Anonymous`,
'sf3cf3': `free, day and night`,
'sf51f5': `Reporting`,
'sf5acb': str`Language changed: ${0}`,
'sf990d': `Help and shelter for violence in relationships of dependency, including loverboys.`,
    };

    /** Messages are keyed by the first keyLength characters of their id. */
    export const keyLength = 6;

    /** Texts only one element shows, in files of their own that the element loads. */
    export const parts = { checklist: () => import('./en-checklist.js') };
