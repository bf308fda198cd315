// The tables behind time-zone guessing: NANP area codes, countries, calling-code prefixes and place names, each by IANA zone. Data only.

import type { TimeZone } from './types';

/**
 * Every NANP area code in use, by the IANA zone of most of the people it serves.
 * One space-separated string per zone keeps the table small; a code must appear only once.
 */
export const NANP_AREA_CODES: Readonly<Record<TimeZone, string>> = {
  // CT, DE, DC, FL (peninsula), GA, KY (east), ME, MD, MA, NH, NJ, NY, NC, OH, PA, RI, SC, TN (east), VT, VA, WV
  'America/New_York':
    '203 475 860 959 302 202 771 ' +
    '239 305 321 324 352 386 407 561 645 656 689 727 728 754 772 786 813 863 904 941 954 ' +
    '229 404 470 478 678 706 762 770 912 943 502 606 859 207 227 240 301 410 443 667 ' +
    '339 351 413 508 617 774 781 857 978 603 201 551 609 640 732 848 856 862 908 973 ' +
    '212 315 329 332 347 363 516 518 585 607 624 631 646 680 716 718 838 845 914 917 929 934 ' +
    '252 336 472 704 743 828 910 919 980 984 216 220 234 283 326 330 380 419 436 440 513 567 614 740 937 ' +
    '215 223 267 272 412 445 484 570 582 610 717 724 814 835 878 401 803 821 839 843 854 864 423 865 802 ' +
    '276 434 540 571 686 703 757 804 826 948 304 681',
  // Michigan
  'America/Detroit': '231 248 269 313 517 586 616 679 734 810 906 947 989',
  // Indiana outside the Chicago and Evansville corners
  'America/Indiana/Indianapolis': '260 317 463 574 765 812 930',
  // AL, AR, FL (panhandle), IL, IN (northwest), IA, KS, KY (west), LA, MN, MS, MO, NE, ND, OK, SD, TN (middle, west), TX, WI
  'America/Chicago':
    '205 251 256 334 659 938 327 479 501 870 448 850 ' +
    '217 224 309 312 331 447 464 618 630 708 730 773 779 815 847 861 872 219 319 515 563 641 712 ' +
    '316 620 785 913 270 364 225 318 337 504 985 218 320 507 612 651 763 924 952 228 601 662 769 ' +
    '235 314 417 557 573 636 660 816 975 308 402 531 701 405 539 572 580 918 605 615 629 731 901 931 ' +
    '210 214 254 281 325 346 361 409 430 432 469 512 682 713 726 737 806 817 830 832 903 936 940 945 956 972 979 ' +
    '262 274 353 414 534 608 715 920',
  // CO, MT, NM, TX (El Paso), UT, WY
  'America/Denver': '303 719 720 970 983 406 505 575 915 385 435 801 307',
  'America/Boise': '208 986',
  'America/Phoenix': '480 520 602 623 928',
  // CA, NV, OR, WA
  'America/Los_Angeles':
    '209 213 279 310 323 341 350 369 408 415 424 442 510 530 559 562 619 626 628 650 657 661 669 ' +
    '707 714 738 747 760 805 818 820 831 837 858 909 916 925 949 951 702 725 775 458 503 541 971 ' +
    '206 253 360 425 509 564',
  'America/Anchorage': '907',
  'Pacific/Honolulu': '808',
  'America/Puerto_Rico': '787 939',
  'America/St_Thomas': '340',
  'Pacific/Guam': '671',
  'Pacific/Saipan': '670',
  'Pacific/Pago_Pago': '684',
  // Ontario and Quebec
  'America/Toronto': '226 249 289 343 365 382 416 437 519 548 613 647 683 705 742 753 807 905 942 ' + '263 354 367 418 438 450 468 514 579 581 819 873',
  'America/Winnipeg': '204 431 584',
  'America/Regina': '306 474 639',
  // Alberta, and the territories (Yukon and the NWT keep Mountain hours)
  'America/Edmonton': '368 403 587 780 825 867',
  'America/Vancouver': '236 250 257 604 672 778',
  // New Brunswick, Nova Scotia, Prince Edward Island
  'America/Halifax': '428 506 782 902',
  'America/St_Johns': '709 879',
  'America/Nassau': '242',
  'America/Barbados': '246',
  'America/Anguilla': '264',
  'America/Antigua': '268',
  'America/Tortola': '284',
  'America/Cayman': '345',
  'Atlantic/Bermuda': '441',
  'America/Grenada': '473',
  'America/Grand_Turk': '649',
  'America/Montserrat': '664',
  'America/Lower_Princes': '721',
  'America/St_Lucia': '758',
  'America/Dominica': '767',
  'America/St_Vincent': '784',
  'America/Santo_Domingo': '809 829 849',
  'America/Port_of_Spain': '868',
  'America/St_Kitts': '869',
  'America/Jamaica': '658 876',
};

/** A country's main zone (its capital's or most populous one), by ISO 3166 code. */
export const COUNTRY_ZONES: Readonly<Record<string, TimeZone>> = {
  // North America and the Caribbean
  US: 'America/New_York',
  CA: 'America/Toronto',
  MX: 'America/Mexico_City',
  PR: 'America/Puerto_Rico',
  CU: 'America/Havana',
  DO: 'America/Santo_Domingo',
  HT: 'America/Port-au-Prince',
  JM: 'America/Jamaica',
  BS: 'America/Nassau',
  BB: 'America/Barbados',
  TT: 'America/Port_of_Spain',
  BM: 'Atlantic/Bermuda',
  GT: 'America/Guatemala',
  HN: 'America/Tegucigalpa',
  SV: 'America/El_Salvador',
  NI: 'America/Managua',
  CR: 'America/Costa_Rica',
  PA: 'America/Panama',
  // South America
  BR: 'America/Sao_Paulo',
  AR: 'America/Argentina/Buenos_Aires',
  CO: 'America/Bogota',
  PE: 'America/Lima',
  CL: 'America/Santiago',
  VE: 'America/Caracas',
  EC: 'America/Guayaquil',
  BO: 'America/La_Paz',
  PY: 'America/Asuncion',
  UY: 'America/Montevideo',
  // Europe
  GB: 'Europe/London',
  IE: 'Europe/Dublin',
  PT: 'Europe/Lisbon',
  ES: 'Europe/Madrid',
  FR: 'Europe/Paris',
  BE: 'Europe/Brussels',
  NL: 'Europe/Amsterdam',
  LU: 'Europe/Luxembourg',
  DE: 'Europe/Berlin',
  CH: 'Europe/Zurich',
  AT: 'Europe/Vienna',
  IT: 'Europe/Rome',
  MT: 'Europe/Malta',
  DK: 'Europe/Copenhagen',
  SE: 'Europe/Stockholm',
  NO: 'Europe/Oslo',
  FI: 'Europe/Helsinki',
  IS: 'Atlantic/Reykjavik',
  EE: 'Europe/Tallinn',
  LV: 'Europe/Riga',
  LT: 'Europe/Vilnius',
  PL: 'Europe/Warsaw',
  CZ: 'Europe/Prague',
  SK: 'Europe/Bratislava',
  HU: 'Europe/Budapest',
  SI: 'Europe/Ljubljana',
  HR: 'Europe/Zagreb',
  BA: 'Europe/Sarajevo',
  RS: 'Europe/Belgrade',
  ME: 'Europe/Podgorica',
  MK: 'Europe/Skopje',
  AL: 'Europe/Tirane',
  GR: 'Europe/Athens',
  BG: 'Europe/Sofia',
  RO: 'Europe/Bucharest',
  MD: 'Europe/Chisinau',
  UA: 'Europe/Kyiv',
  BY: 'Europe/Minsk',
  RU: 'Europe/Moscow',
  CY: 'Asia/Nicosia',
  TR: 'Europe/Istanbul',
  // Middle East, Central and South Asia
  GE: 'Asia/Tbilisi',
  AM: 'Asia/Yerevan',
  AZ: 'Asia/Baku',
  KZ: 'Asia/Almaty',
  UZ: 'Asia/Tashkent',
  IL: 'Asia/Jerusalem',
  LB: 'Asia/Beirut',
  JO: 'Asia/Amman',
  SY: 'Asia/Damascus',
  IQ: 'Asia/Baghdad',
  IR: 'Asia/Tehran',
  SA: 'Asia/Riyadh',
  AE: 'Asia/Dubai',
  QA: 'Asia/Qatar',
  KW: 'Asia/Kuwait',
  BH: 'Asia/Bahrain',
  OM: 'Asia/Muscat',
  YE: 'Asia/Aden',
  AF: 'Asia/Kabul',
  PK: 'Asia/Karachi',
  IN: 'Asia/Kolkata',
  NP: 'Asia/Kathmandu',
  BD: 'Asia/Dhaka',
  LK: 'Asia/Colombo',
  // East and Southeast Asia, Oceania
  CN: 'Asia/Shanghai',
  HK: 'Asia/Hong_Kong',
  MO: 'Asia/Macau',
  TW: 'Asia/Taipei',
  MN: 'Asia/Ulaanbaatar',
  JP: 'Asia/Tokyo',
  KR: 'Asia/Seoul',
  MM: 'Asia/Yangon',
  TH: 'Asia/Bangkok',
  KH: 'Asia/Phnom_Penh',
  LA: 'Asia/Vientiane',
  VN: 'Asia/Ho_Chi_Minh',
  MY: 'Asia/Kuala_Lumpur',
  SG: 'Asia/Singapore',
  ID: 'Asia/Jakarta',
  PH: 'Asia/Manila',
  AU: 'Australia/Sydney',
  NZ: 'Pacific/Auckland',
  FJ: 'Pacific/Fiji',
  // Africa
  EG: 'Africa/Cairo',
  LY: 'Africa/Tripoli',
  TN: 'Africa/Tunis',
  DZ: 'Africa/Algiers',
  MA: 'Africa/Casablanca',
  SD: 'Africa/Khartoum',
  ET: 'Africa/Addis_Ababa',
  KE: 'Africa/Nairobi',
  UG: 'Africa/Kampala',
  RW: 'Africa/Kigali',
  TZ: 'Africa/Dar_es_Salaam',
  NG: 'Africa/Lagos',
  GH: 'Africa/Accra',
  CI: 'Africa/Abidjan',
  SN: 'Africa/Dakar',
  CM: 'Africa/Douala',
  CD: 'Africa/Kinshasa',
  AO: 'Africa/Luanda',
  ZM: 'Africa/Lusaka',
  ZW: 'Africa/Harare',
  MZ: 'Africa/Maputo',
  ZA: 'Africa/Johannesburg',
  MG: 'Indian/Antananarivo',
  MU: 'Indian/Mauritius',
};

/** Calling codes shared by several countries, and the country a number under them most likely belongs to. */
export const MAIN_COUNTRY_BY_CALLING_CODE: Readonly<Record<string, string>> = {
  '1': 'US',
  '7': 'RU',
  '39': 'IT',
  '44': 'GB',
  '47': 'NO',
  '61': 'AU',
  '212': 'MA',
  '358': 'FI',
};

/**
 * Zones inside countries that span several, by the digits after "+" a number starts with (the longest prefix wins):
 * landline area codes, and the few mobile ranges assigned by region. Mobile numbers elsewhere say nothing of where
 * their owner lives, so the country's main zone stays the guess (and the welcome names it).
 */
export const ZONES_BY_PREFIX: Readonly<Record<string, TimeZone>> = {
  // Australia: 02 NSW/ACT, 03 Victoria (03 6 Tasmania), 07 Queensland, 08 WA (08 8 SA, 08 89 NT)
  '612': 'Australia/Sydney',
  '613': 'Australia/Melbourne',
  '6136': 'Australia/Hobart',
  '617': 'Australia/Brisbane',
  '618': 'Australia/Perth',
  '6188': 'Australia/Adelaide',
  '61889': 'Australia/Darwin',
  // Russia: regional landline codes, and the MTS and MegaFon mobile ranges of the Urals, Siberia and the Far East
  '7401': 'Europe/Kaliningrad',
  '7846': 'Europe/Samara',
  '7343': 'Asia/Yekaterinburg',
  '7342': 'Asia/Yekaterinburg',
  '7351': 'Asia/Yekaterinburg',
  '7381': 'Asia/Omsk',
  '7383': 'Asia/Novosibirsk',
  '7391': 'Asia/Krasnoyarsk',
  '7395': 'Asia/Irkutsk',
  '74112': 'Asia/Yakutsk',
  '7423': 'Asia/Vladivostok',
  '74212': 'Asia/Vladivostok',
  '74132': 'Asia/Magadan',
  '74152': 'Asia/Kamchatka',
  '7912': 'Asia/Yekaterinburg',
  '7922': 'Asia/Yekaterinburg',
  '7913': 'Asia/Novosibirsk',
  '7923': 'Asia/Novosibirsk',
  '7914': 'Asia/Vladivostok',
  '7924': 'Asia/Vladivostok',
  // Mexico: Baja California, Sonora, the Pacific coast, Chihuahua, Ciudad Juarez, Quintana Roo
  '52664': 'America/Tijuana',
  '52686': 'America/Tijuana',
  '52646': 'America/Tijuana',
  '52665': 'America/Tijuana',
  '52662': 'America/Hermosillo',
  '52644': 'America/Hermosillo',
  '52631': 'America/Hermosillo',
  '52667': 'America/Mazatlan',
  '52669': 'America/Mazatlan',
  '52612': 'America/Mazatlan',
  '52624': 'America/Mazatlan',
  '52614': 'America/Chihuahua',
  '52656': 'America/Ciudad_Juarez',
  '52998': 'America/Cancun',
  '52984': 'America/Cancun',
  '52983': 'America/Cancun',
  // Brazil: the states west of Brasilia time
  '5565': 'America/Cuiaba',
  '5566': 'America/Cuiaba',
  '5567': 'America/Campo_Grande',
  '5568': 'America/Rio_Branco',
  '5569': 'America/Porto_Velho',
  '5592': 'America/Manaus',
  '5597': 'America/Manaus',
  '5595': 'America/Boa_Vista',
  // Spain's Canary Islands, Portugal's Azores
  '34922': 'Atlantic/Canary',
  '34928': 'Atlantic/Canary',
  '34822': 'Atlantic/Canary',
  '34828': 'Atlantic/Canary',
  '351292': 'Atlantic/Azores',
  '351295': 'Atlantic/Azores',
  '351296': 'Atlantic/Azores',
};

/**
 * Names people type for a place or zone (lowercase, unaccented, words separated by one space), by zone.
 * Cities, US states, Canadian provinces, countries and zone abbreviations; a name must appear only once.
 */
export const PLACE_ZONES: Readonly<Record<TimeZone, string>> = {
  UTC: 'utc|zulu|coordinated universal',
  'America/New_York':
    'et|est|edt|eastern|new york|new york city|nyc|manhattan|brooklyn|queens|bronx|boston|philadelphia|philly|' +
    'washington dc|dc|baltimore|atlanta|miami|orlando|tampa|jacksonville|fort lauderdale|west palm beach|' +
    'tallahassee|charlotte|raleigh|durham|pittsburgh|cleveland|columbus|cincinnati|buffalo|rochester|albany|' +
    'richmond|virginia beach|norfolk|providence|hartford|newark|jersey city|savannah|charleston|knoxville|' +
    'louisville|lexington|' +
    'connecticut|delaware|florida|georgia|kentucky|maine|maryland|massachusetts|new hampshire|new jersey|' +
    'north carolina|ohio|pennsylvania|rhode island|south carolina|vermont|virginia|west virginia',
  'America/Detroit': 'detroit|ann arbor|grand rapids|michigan',
  'America/Indiana/Indianapolis': 'indianapolis|fort wayne|indiana',
  'America/Chicago':
    'ct|cst|cdt|central|chicago|houston|dallas|austin|san antonio|fort worth|plano|corpus christi|lubbock|' +
    'new orleans|baton rouge|memphis|nashville|minneapolis|st paul|saint paul|milwaukee|madison|kansas city|' +
    'st louis|saint louis|omaha|oklahoma city|tulsa|des moines|little rock|wichita|huntsville|montgomery|' +
    'sioux falls|fargo|green bay|' +
    'alabama|arkansas|illinois|iowa|kansas|louisiana|minnesota|mississippi|missouri|nebraska|north dakota|' +
    'oklahoma|south dakota|tennessee|texas|wisconsin',
  'America/Denver':
    'mt|mst|mdt|mountain|denver|boulder|colorado springs|salt lake city|slc|albuquerque|santa fe|el paso|' +
    'cheyenne|billings|bozeman|missoula|colorado|montana|new mexico|utah|wyoming',
  'America/Boise': 'boise|idaho',
  'America/Phoenix': 'phoenix|tucson|scottsdale|tempe|mesa|flagstaff|arizona',
  'America/Los_Angeles':
    'pt|pst|pdt|pacific|los angeles|la|hollywood|san francisco|sf|bay area|oakland|berkeley|san jose|' +
    'palo alto|silicon valley|san diego|sacramento|fresno|long beach|irvine|santa monica|seattle|tacoma|' +
    'spokane|portland|eugene|las vegas|vegas|reno|california|nevada|oregon|washington|washington state',
  'America/Anchorage': 'akst|akdt|alaska|anchorage|fairbanks|juneau',
  'Pacific/Honolulu': 'hst|hawaii|honolulu|maui|oahu',
  'America/Puerto_Rico': 'puerto rico|san juan',
  'America/Halifax': 'ast|adt|atlantic|halifax|nova scotia|new brunswick|moncton|fredericton|prince edward island|pei|charlottetown',
  'America/St_Johns': 'nst|ndt|newfoundland|st johns|saint johns',
  'America/Toronto': 'toronto|ottawa|mississauga|hamilton|waterloo|kitchener|montreal|quebec|quebec city|laval|ontario',
  'America/Winnipeg': 'winnipeg|manitoba',
  'America/Regina': 'regina|saskatoon|saskatchewan',
  'America/Edmonton': 'calgary|edmonton|alberta',
  'America/Vancouver': 'vancouver|victoria|british columbia|bc',
  'America/Whitehorse': 'whitehorse|yukon',
  'America/Mexico_City': 'mexico city|cdmx|mexico|puebla',
  'America/Monterrey': 'monterrey|guadalajara',
  'America/Cancun': 'cancun|tulum',
  'America/Tijuana': 'tijuana',
  'America/Havana': 'havana|cuba',
  'America/Santo_Domingo': 'santo domingo|dominican republic',
  'America/Jamaica': 'jamaica',
  'America/Guatemala': 'guatemala|guatemala city',
  'America/Costa_Rica': 'costa rica',
  'America/Panama': 'panama|panama city',
  'America/Bogota': 'bogota|medellin|colombia',
  'America/Lima': 'lima|peru',
  'America/Guayaquil': 'quito|guayaquil|ecuador',
  'America/Caracas': 'caracas|venezuela',
  'America/Santiago': 'santiago|chile',
  'America/Argentina/Buenos_Aires': 'art|buenos aires|argentina',
  'America/Montevideo': 'montevideo|uruguay',
  'America/Sao_Paulo': 'brt|sao paulo|rio de janeiro|rio|brasilia|brazil',
  'Europe/London':
    'gmt|bst|london|manchester|liverpool|leeds|bristol|edinburgh|glasgow|belfast|cardiff|' + 'uk|united kingdom|britain|great britain|england|scotland|wales',
  'Europe/Dublin': 'dublin|cork|ireland',
  'Europe/Lisbon': 'wet|lisbon|porto|portugal',
  'Europe/Madrid': 'madrid|barcelona|seville|valencia|spain',
  'Europe/Paris': 'cet|cest|central european|paris|lyon|marseille|toulouse|france',
  'Europe/Brussels': 'brussels|antwerp|belgium',
  'Europe/Amsterdam': 'amsterdam|rotterdam|the hague|utrecht|netherlands|holland',
  'Europe/Luxembourg': 'luxembourg',
  'Europe/Berlin': 'berlin|munich|frankfurt|hamburg|cologne|stuttgart|dusseldorf|germany',
  'Europe/Zurich': 'zurich|geneva|basel|bern|switzerland',
  'Europe/Vienna': 'vienna|austria',
  'Europe/Rome': 'rome|milan|naples|florence|turin|venice|italy',
  'Europe/Copenhagen': 'copenhagen|denmark',
  'Europe/Stockholm': 'stockholm|gothenburg|sweden',
  'Europe/Oslo': 'oslo|norway',
  'Europe/Helsinki': 'helsinki|finland',
  'Atlantic/Reykjavik': 'reykjavik|iceland',
  'Europe/Warsaw': 'warsaw|krakow|poland',
  'Europe/Prague': 'prague|czechia|czech republic',
  'Europe/Budapest': 'budapest|hungary',
  'Europe/Athens': 'eet|eest|eastern european|athens|greece',
  'Europe/Bucharest': 'bucharest|romania',
  'Europe/Sofia': 'sofia|bulgaria',
  'Europe/Belgrade': 'belgrade|serbia',
  'Europe/Zagreb': 'zagreb|croatia',
  'Europe/Kyiv': 'kyiv|kiev|ukraine',
  'Europe/Istanbul': 'istanbul|ankara|turkey|turkiye',
  'Europe/Moscow': 'msk|moscow|st petersburg|saint petersburg|russia',
  'Asia/Jerusalem': 'tel aviv|jerusalem|israel',
  'Asia/Beirut': 'beirut|lebanon',
  'Asia/Amman': 'amman|jordan',
  'Asia/Baghdad': 'baghdad|iraq',
  'Asia/Tehran': 'tehran|iran',
  'Asia/Riyadh': 'riyadh|jeddah|saudi arabia',
  'Asia/Dubai': 'dubai|abu dhabi|uae|united arab emirates',
  'Asia/Qatar': 'doha|qatar',
  'Asia/Kuwait': 'kuwait|kuwait city',
  'Asia/Karachi': 'pkt|karachi|lahore|islamabad|pakistan',
  'Asia/Kolkata': 'ist|india|mumbai|bombay|delhi|new delhi|bangalore|bengaluru|chennai|hyderabad|kolkata|calcutta|pune|ahmedabad',
  'Asia/Kathmandu': 'kathmandu|nepal',
  'Asia/Colombo': 'colombo|sri lanka',
  'Asia/Dhaka': 'dhaka|bangladesh',
  'Asia/Bangkok': 'bangkok|thailand',
  'Asia/Ho_Chi_Minh': 'ho chi minh city|saigon|hanoi|vietnam',
  'Asia/Kuala_Lumpur': 'kuala lumpur|malaysia',
  'Asia/Singapore': 'sgt|singapore',
  'Asia/Jakarta': 'wib|jakarta|indonesia',
  'Asia/Manila': 'pht|manila|philippines',
  'Asia/Hong_Kong': 'hkt|hong kong',
  'Asia/Taipei': 'taipei|taiwan',
  'Asia/Shanghai': 'shanghai|beijing|shenzhen|guangzhou|china',
  'Asia/Seoul': 'kst|seoul|busan|korea|south korea',
  'Asia/Tokyo': 'jst|tokyo|osaka|kyoto|japan',
  'Australia/Sydney': 'aest|aedt|sydney|melbourne|canberra|australia',
  'Australia/Brisbane': 'brisbane|gold coast|queensland',
  'Australia/Adelaide': 'acst|acdt|adelaide',
  'Australia/Darwin': 'darwin',
  'Australia/Perth': 'awst|perth',
  'Australia/Hobart': 'hobart|tasmania',
  'Pacific/Auckland': 'nzst|nzdt|auckland|wellington|christchurch|new zealand',
  'Africa/Cairo': 'cairo|egypt',
  'Africa/Casablanca': 'casablanca|morocco',
  'Africa/Lagos': 'wat|lagos|abuja|nigeria',
  'Africa/Accra': 'accra|ghana',
  'Africa/Nairobi': 'eat|nairobi|kenya',
  'Africa/Addis_Ababa': 'addis ababa|ethiopia',
  'Africa/Johannesburg': 'sast|johannesburg|cape town|durban|pretoria|south africa',
};
