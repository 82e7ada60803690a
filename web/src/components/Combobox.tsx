import { useEffect, useId, useRef, useState, type ReactNode, type KeyboardEvent, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Textbox } from '@utrecht/component-library-react';
import { useDebounced } from '../lib/use-debounced.ts';
import { FieldFrame, fieldControlProps } from './FieldFrame.tsx';

/** One suggestion in the list. */
export interface ComboOption {
  id: string;
  title: string;
  subtitle?: string | null;
  type?: string;
}

export interface ComboboxProps {
  id: string;
  label: ReactNode;
  /** Finds suggestions for the typed text; called as the user types (debounced). */
  search: (text: string, signal: AbortSignal) => Promise<ComboOption[]>;
  onSelect: (option: ComboOption) => void;
  /** Text shown in the input, e.g. the name of the chosen party. */
  text?: string;
  clearOnSelect?: boolean;
  description?: ReactNode;
  error?: string;
  required?: boolean;
  minLength?: number;
  /** Renders the small line under a suggestion's title. */
  renderSubtitle?: (option: ComboOption) => ReactNode;
  inputClassName?: string;
  onEnterWithoutSelection?: (text: string) => void;
  inputRef?: React.Ref<HTMLInputElement>;
  hideLabel?: boolean;
}

/**
 * An editable combobox with a list popup (WAI-ARIA 1.2 combobox pattern): suggestions appear
 * as you type, arrow keys move through them (aria-activedescendant keeps focus in the input),
 * Enter chooses, Escape closes. The number of results is announced in a live region.
 */
export function Combobox(props: ComboboxProps) {
  const { t } = useTranslation();
  const { id, label, search, onSelect, clearOnSelect, description, error, required, minLength = 1 } = props;
  const [text, setText] = useState(props.text ?? '');
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<ComboOption[]>([]);
  const [active, setActive] = useState(-1);
  const [searching, setSearching] = useState(false);
  const [typed, setTyped] = useState(false);
  const listId = useId();
  const statusId = useId();
  const debounced = useDebounced(text, 180);
  const searchRef = useRef(search);
  searchRef.current = search;

  useEffect(() => {
    if (props.text !== undefined) setText(props.text);
  }, [props.text]);

  useEffect(() => {
    if (!typed || debounced.trim().length < minLength) {
      setOptions([]);
      return;
    }
    const controller = new AbortController();
    setSearching(true);
    searchRef
      .current(debounced.trim(), controller.signal)
      .then((found) => {
        setOptions(found);
        setActive(-1);
        setOpen(true);
      })
      .catch(() => {
        if (!controller.signal.aborted) setOptions([]);
      })
      .finally(() => {
        if (!controller.signal.aborted) setSearching(false);
      });
    return () => controller.abort();
  }, [debounced, typed, minLength]);

  const choose = (option: ComboOption) => {
    onSelect(option);
    setText(clearOnSelect ? '' : option.title);
    setTyped(false);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open && options.length > 0) setOpen(true);
        setActive((i) => (options.length === 0 ? -1 : (i + 1) % options.length));
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (!open && options.length > 0) setOpen(true);
        setActive((i) => (options.length === 0 ? -1 : i <= 0 ? options.length - 1 : i - 1));
        break;
      case 'Enter': {
        const option = open && active >= 0 ? options[active] : undefined;
        if (option) {
          e.preventDefault();
          choose(option);
        } else if (props.onEnterWithoutSelection) {
          e.preventDefault();
          setOpen(false);
          props.onEnterWithoutSelection(text);
        }
        break;
      }
      case 'Escape':
        if (open) {
          e.preventDefault();
          e.stopPropagation();
          setOpen(false);
          setActive(-1);
        } else if (text) {
          e.preventDefault();
          setText('');
        }
        break;
      case 'Tab':
        setOpen(false);
        break;
      default:
    }
  };

  const expanded = open && text.trim().length >= minLength && (options.length > 0 || !searching);
  const optionId = (i: number) => `${id}-option-${i}`;
  const field = { id, description, error, required };
  return (
    <FieldFrame {...field} label={label} hideLabel={props.hideLabel} className="kring-combobox">
      <div className="kring-combobox__wrapper">
        <Textbox
          ref={props.inputRef}
          {...fieldControlProps(field, statusId)}
          type="text"
          role="combobox"
          autoComplete="off"
          className={props.inputClassName}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          value={text}
          onChange={(e: ChangeEvent<HTMLInputElement>) => {
            setText(e.target.value);
            setTyped(true);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={typeof label === 'string' ? label : undefined}
          className="kring-combobox__list"
          hidden={!expanded}
        >
          {options.map((option, i) => (
            <li
              key={`${option.type ?? ''}-${option.id}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'kring-combobox__option kring-combobox__option--active' : 'kring-combobox__option'}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(option)}
            >
              <span className="kring-combobox__title">{option.title}</span>
              {props.renderSubtitle ? (
                <span className="kring-combobox__subtitle">{props.renderSubtitle(option)}</span>
              ) : option.subtitle ? (
                <span className="kring-combobox__subtitle">{option.subtitle}</span>
              ) : null}
            </li>
          ))}
        </ul>
        <span id={statusId} role="status" className="kring-visually-hidden">
          {expanded && !searching ? t('combobox.results', { count: options.length }) : ''}
        </span>
      </div>
    </FieldFrame>
  );
}
