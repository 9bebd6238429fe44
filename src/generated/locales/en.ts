
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0031c8d06d857e77': `Do you file a report or help the investigation? Then you get a temporary residence permit while the case lasts: one year, and it can be extended. If you cannot help, for example because of your health, because you are a minor or because you are seriously threatened, a permit is still possible.`,
's03bf37fb08f24ceb': `Language`,
's0ac617db56aaa1bb': `First a conversation`,
's1da47526c2e59cb1': `Loading…`,
's258f1877be2d6e37': `Criminal exploitation`,
's34f351cd2a72d44c': `No valid residence permit? Then you get up to three months to decide whether to file a report. During that time you do not have to leave the Netherlands.`,
's3c4837dc81d3f0a9': `Press Shift once more to leave this website.`,
's42fb1e836169ba1a': `More about browsing safely`,
's4925ab8ba62b16e8': `Quick exit`,
's6162598d6805b245': `Labour exploitation`,
's6369097671d089e8': `You can also press Shift 3 times.`,
's641c4177d8080138': `CoMensha finds a place in a shelter that specialises in human trafficking. Regional care coordinators guide victims to the right help.`,
's684ce833d939cbb7': `Report exploitation at work.`,
's6c4b78585708b59e': `Emergency number`,
's6cc0e40847c4eeba': `Shelter and help`,
's7af2de646409171b': `Quick exit takes you straight to another website.`,
's7b56361cd4226f78': `Day and night`,
's7f1a26b947012a73': `Not urgent? Tell the police or file a report.`,
's81f4f878faa108e2': `Press Shift 2 more times to leave this website.`,
's82d0b64cf8d9f391': `What happens if I report?`,
's840c81eb45de2c2d': `Report without giving your name.`,
's84a271c4f042c8d6': str`Call ${0}`,
's85f8c576e9f51344': `Before a formal report there is always an information interview with a detective trained in human trafficking. You hear how a report works and what help, shelter and residence rules there are. After that you may decide not to file a report. The public prosecutor can still start an investigation.`,
's8a39d5a9fab9262c': `Report human trafficking`,
's8b17f9aa893cd0fd': `Time to think`,
's99b1780eddd031e1': `Quick exit does not erase your browsing history.`,
's9c9e16b9351e929f': `Residence permit`,
'sa836c13443d0b035': `Forced organ removal`,
'sacc0a22fa42555af': `Police`,
'sb9f495880416ee40': `Sexual exploitation`,
'sc8877ae603ecec93': `To browse more safely: use a private window, clear your history afterwards, or use a phone or computer that is not yours.`,
'sca762ea4a44c329d': `Free. Your number is not shown and the call is not recorded.`,
'scf72669ea1db4268': `Want advice first? CoMensha helps anyone with questions about human trafficking.`,
'sd00c2827d09b2775': `In danger right now? Call 112 at once.`,
'sd76c98d40c15d549': `In immediate danger, call 112. Otherwise, report it to the police or, for exploitation at work, to the Labour Inspectorate (Arbeidsinspectie). You can also report anonymously. CoMensha registers possible victims and arranges first shelter.`,
'se93f50405a5ab0af': `Monday to Friday, 9 am to 5 pm`,
'sf51f5eb3b103cb50': `Reporting`,
'sf5acb1db284a7b79': str`Language changed: ${0}`,
    };
  