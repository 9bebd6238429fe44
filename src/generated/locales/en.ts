
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0959de4156f83c0f': `National helpdesk: advice, registration and shelter for victims.`,
's258f1877be2d6e37': `Criminal exploitation`,
's2d531116c20d6b67': `This website's organisations could not be loaded. The national organisations are listed below.`,
's2dd6959f62dd5346': `Matching the signs you ticked.`,
's34eaef97530461cc': str`${0} organisations`,
's371b0a431ad67519': `Care for victims in the Rotterdam region.`,
's390906c210ada014': `All forms`,
's41c5625a7f7a135a': `Shelter and care for victims in Amsterdam and Noord-Holland.`,
's438cb16584f3c0a6': `No organisation matches this choice exactly. You can always turn to:`,
's49308f62fb226705': `Free, confidential help with exploitation at work outside the sex industry.`,
's5768feccdc5ada7a': `1 organisation`,
's5a92fce40047f409': `It is about me`,
's5fa942225c227564': `I help as part of my work`,
's6162598d6805b245': `Labour exploitation`,
's684ce833d939cbb7': `Report exploitation at work.`,
's6c4b78585708b59e': `Emergency number`,
's6f0487b5a0aad1a8': `Advice and reporting for domestic violence and child abuse, including loverboys.`,
's6f1a1dd266d686a7': `Anonymous chat for young people in criminal exploitation and the people around them.`,
's7493c54de6556d43': `Practical, emotional and legal support for victims and witnesses.`,
's7b56361cd4226f78': `Day and night`,
's7f1a26b947012a73': `Not urgent? Tell the police or file a report.`,
's829cbc8a8d1902e9': str`Chat via ${0}`,
's840c81eb45de2c2d': `Report without giving your name.`,
's84a271c4f042c8d6': str`Call ${0}`,
's860d97ca2c2633c1': `Anyone`,
's8a39d5a9fab9262c': `Report human trafficking`,
's8c6122e98aa460db': `Help and advice for victims and the people around them in Twente.`,
's8cce5e400aec8d51': `Report a suspicion or file a report. In an emergency: call 112.`,
's91ce0432416d9aa4': `Government information for labour migrants.`,
's96f91587375cfe0f': `What is it about?`,
'sa836c13443d0b035': `Forced organ removal`,
'sab94146cbf6c2653': `Rights, reporting and help, explained step by step.`,
'sacc0a22fa42555af': `Police`,
'sb0a72afed14a3b2b': `Who are you?`,
'sb31a2cc93c2d6f93': `Report the exploitation of children and young people, also anonymously.`,
'sb9f495880416ee40': `Sexual exploitation`,
'sca762ea4a44c329d': `Free. Your number is not shown and the call is not recorded.`,
'scae4810404d0a602': `Advice and reporting point for human trafficking in Flevoland.`,
'scf72669ea1db4268': `Want advice first? CoMensha helps anyone with questions about human trafficking.`,
'sd00c2827d09b2775': `In danger right now? Call 112 at once.`,
'sd91ac1ea86325e0a': `I am worried about someone else`,
'sdce74fd05e0c63cb': `Help with human trafficking`,
'se23bca8e2d093445': str`Report online via ${0}`,
'se93f50405a5ab0af': `Monday to Friday, 9 am to 5 pm`,
'sefdfed1f798dba33': str`Languages: ${0}`,
'sf253625b3842a778': `Anonymous`,
'sf990da5a9c8c8207': `Help and shelter for violence in relationships of dependency, including loverboys.`,
    };
  