// Main package = the resident tab pages and the shell (bind, privacy, demo sign-in).
// Everything a cadre, panel member or township officer uses is a subpackage.
const config = {
  pages: [
    'pages/index/index',
    'pages/commitment/index',
    'pages/booking/index',
    'pages/mine/index',
    'pages/bind/index',
    'pages/privacy/index',
    // The demo sign-in exists only with the local emulator (H5): kept out of the weapp build.
    ...(process.env.TARO_ENV === 'h5' ? ['pages/dev-signin/index'] : []),
  ],
  subPackages: [
    {
      root: 'packages/cadre',
      pages: [
        'pages/index/index', 'pages/commitments/index', 'pages/commitment/index',
        'pages/households/index', 'pages/household/index', 'pages/household-edit/index', 'pages/panel/index',
        'pages/template/index', 'pages/template-edit/index', 'pages/stats/index',
        'pages/enrolments/index', 'pages/enrolment/index',
        'pages/documents/index', 'pages/document/index', 'pages/document-edit/index',
        'pages/slots/index', 'pages/slot-open/index', 'pages/slot/index', 'pages/due/index',
        'pages/proofs/index', 'pages/proof/index',
        'pages/review/index',
      ],
    },
    {
      root: 'packages/panel',
      pages: [
        'pages/index/index', 'pages/ledger/index', 'pages/ledger-record/index',
        'pages/review/index', 'pages/review-group/index', 'pages/review-score/index', 'pages/review-supervise/index',
        'pages/complaints/index', 'pages/complaint/index',
      ],
    },
    {
      root: 'packages/township',
      pages: [
        'pages/index/index', 'pages/village/index', 'pages/invites/index',
        'pages/sites/index', 'pages/site-edit/index', 'pages/slot-open/index', 'pages/savings/index', 'pages/ledger/index',
        'pages/complaints/index', 'pages/complaint/index',
        'pages/review/index',
      ],
    },
    {
      root: 'packages/resident',
      pages: [
        'pages/documents/index', 'pages/document/index', 'pages/document-history/index',
        'pages/enrolment/index', 'pages/enrolment-apply/index', 'pages/inbox/index', 'pages/views/index',
        'pages/checkups/index', 'pages/slots/index', 'pages/bookings/index', 'pages/booking/index', 'pages/proofs/index',
        'pages/ledger/index', 'pages/ledger-consent/index',
        'pages/complaints/index', 'pages/complaint/index', 'pages/complaint-file/index', 'pages/complaint-stats/index',
        'pages/review/index', 'pages/review-notice/index', 'pages/review-history/index',
      ],
    },
    {
      // Dashboards, trends, the six-goods assessment and the notice sheet (issue 11), for cadres and the township.
      root: 'packages/report',
      pages: [
        'pages/village/index', 'pages/township/index', 'pages/households/index', 'pages/trend/index',
        'pages/assessment/index', 'pages/assessment-score/index', 'pages/notice/index',
      ],
    },
  ],
  // Cadres open their list and residents their documents, enrolment and inbox from 首页,
  // and bookings and remote proofs from 预约;
  // panel and township pages are rarer, so only on wifi.
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['packages/cadre', 'packages/resident'] },
    'pages/booking/index': { network: 'all', packages: ['packages/resident'] },
    'pages/mine/index': { network: 'wifi', packages: ['packages/panel', 'packages/township'] },
    'packages/cadre/pages/index/index': { network: 'all', packages: ['packages/report'] },
    'packages/township/pages/index/index': { network: 'all', packages: ['packages/report'] },
  },
  tabBar: {
    // The weapp draws its own bar (custom-tab-bar/, same list as custom-tab-bar/tabs.ts) so it
    // grows in elder mode; H5 keeps Taro's bar, which has no custom one and is styled in app.css.
    ...(process.env.TARO_ENV === 'weapp' ? { custom: true } : {}),
    color: '#666666',
    selectedColor: '#b4261f',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/index/index', text: '首页', iconPath: 'assets/tab-home.png', selectedIconPath: 'assets/tab-home-on.png' },
      { pagePath: 'pages/commitment/index', text: '承诺', iconPath: 'assets/tab-commitment.png', selectedIconPath: 'assets/tab-commitment-on.png' },
      { pagePath: 'pages/booking/index', text: '预约', iconPath: 'assets/tab-booking.png', selectedIconPath: 'assets/tab-booking-on.png' },
      { pagePath: 'pages/mine/index', text: '我的', iconPath: 'assets/tab-mine.png', selectedIconPath: 'assets/tab-mine-on.png' },
    ],
  },
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#b4261f',
    navigationBarTitleText: '诚信',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f2ee',
  },
  lazyCodeLoading: 'requiredComponents',
  // WeChat's privacy authorisation: privacy-covered APIs wait for our popup (see privacy-auth).
  __usePrivacyCheck__: true,
}

export default defineAppConfig(config as Taro.AppConfig)
