import { styleHidesElement } from '../styleHidesElement';

describe('styleHidesElement', () => {
  it.each([
    'display:none',
    'DISPLAY: NONE !important',
    'color:red; display : none',
    'visibility:hidden',
    'visibility: collapse',
    'font-size:0',
    'font-size:0px',
    'font-size: 0.0em',
    'font: 0/0 a',
    'opacity:0',
    'position:absolute;left:-9999px',
    'position:absolute;top:-999px;left:-999px',
    'text-indent:-9999px',
    'text-indent:-200em',
    'margin-left:-3000px',
    'margin: 0 0 0 -9999px',
    'right:-100%',
    'height:0;overflow:hidden',
    'width:1px;height:1px;overflow:hidden',
    'max-height:0; overflow-y: hidden',
    '/* injected */ display:none',
    'color:red;display:none;oops',
    'display:none;color:red"',
    'color:red}a{display:none',
    '\\64isplay:none',
    'display:n\\one',
    'dis\\play : NONE',
    'visibility:hidde\\6e ',
  ])('hides: %s', (style) => {
    expect(styleHidesElement(style)).toBe(true);
  });

  it.each([
    '',
    'color:red',
    'display:block',
    'display: inline-block',
    'visibility:visible',
    'font-size:14px',
    'font: 12px/1.5 宋体',
    'opacity:0.8',
    'text-indent:2em',
    'text-indent:-21.0pt;margin-left:21pt',
    'text-indent:-2em',
    'left:-10px;position:relative',
    'height:0',
    'overflow:hidden',
    'height:300px;overflow:hidden',
    "FONT-FAMILY: 宋体; mso-bidi-font-family: 'Times New Roman'; LINE-HEIGHT: 150%",
    'color',
    'content:"display:none"',
    'content:"\\64isplay:none"',
    'font-family:\\5b8b\\4f53',
  ])('does not hide: %s', (style) => {
    expect(styleHidesElement(style)).toBe(false);
  });
});
