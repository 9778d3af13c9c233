/** An MDX passage's text, as its file has it. */
interface Props {
  text: string;
}

/**
 * MDX as written, its tags set apart: each reads left to right whatever the text's direction (in a
 * right-to-left passage `<Place to="kabul">` would otherwise come out reversed around its quotes)
 * and in a quieter face, so a translator sees which words each `<Place>` links.
 */
export function MdxText({ text }: Props) {
  return (
    <>
      {text.split(/(<\/?[A-Za-z][^>]*>)/).map((piece, index) =>
        index % 2 === 1 ? (
          <bdi key={index} dir="ltr" className="tag">
            {piece}
          </bdi>
        ) : (
          piece
        ),
      )}
    </>
  );
}
