
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's1da47526c2e59cb1': `Loading…`,
's258f1877be2d6e37': `Criminal exploitation`,
's3c4837dc81d3f0a9': `Press Shift once more to leave this website.`,
's42fb1e836169ba1a': `More about browsing safely`,
's4925ab8ba62b16e8': `Quick exit`,
's6162598d6805b245': `Labour exploitation`,
's6369097671d089e8': `You can also press Shift 3 times.`,
's684ce833d939cbb7': `Report exploitation at work.`,
's6c4b78585708b59e': `Emergency number`,
's7af2de646409171b': `Quick exit takes you straight to another website.`,
's7b56361cd4226f78': `Day and night`,
's7f1a26b947012a73': `Not urgent? Tell the police or file a report.`,
's81f4f878faa108e2': `Press Shift 2 more times to leave this website.`,
's840c81eb45de2c2d': `Report without giving your name.`,
's84a271c4f042c8d6': str`Call ${0}`,
's8a39d5a9fab9262c': `Report human trafficking`,
's99b1780eddd031e1': `Quick exit does not erase your browsing history.`,
'sa836c13443d0b035': `Forced organ removal`,
'sacc0a22fa42555af': `Police`,
'sb9f495880416ee40': `Sexual exploitation`,
'sc8877ae603ecec93': `To browse more safely: use a private window, clear your history afterwards, or use a phone or computer that is not yours.`,
'sca762ea4a44c329d': `Free. Your number is not shown and the call is not recorded.`,
'scf72669ea1db4268': `Want advice first? CoMensha helps anyone with questions about human trafficking.`,
'sd00c2827d09b2775': `In danger right now? Call 112 at once.`,
'se93f50405a5ab0af': `Monday to Friday, 9 am to 5 pm`,
    };
  