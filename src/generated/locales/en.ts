
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's258f1877be2d6e37': `Criminal exploitation`,
's6162598d6805b245': `Labour exploitation`,
's684ce833d939cbb7': `Report exploitation at work.`,
's6c4b78585708b59e': `Emergency number`,
's7b56361cd4226f78': `Day and night`,
's7f1a26b947012a73': `Not urgent? Tell the police or file a report.`,
's840c81eb45de2c2d': `Report without giving your name.`,
's84a271c4f042c8d6': str`Call ${0}`,
's8a39d5a9fab9262c': `Report human trafficking`,
'sa836c13443d0b035': `Forced organ removal`,
'sacc0a22fa42555af': `Police`,
'sb9f495880416ee40': `Sexual exploitation`,
'sca762ea4a44c329d': `Free. Your number is not shown and the call is not recorded.`,
'scf72669ea1db4268': `Want advice first? CoMensha helps anyone with questions about human trafficking.`,
'sd00c2827d09b2775': `In danger right now? Call 112 at once.`,
'se93f50405a5ab0af': `Monday to Friday, 9 am to 5 pm`,
    };
  