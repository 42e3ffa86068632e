# Alternative: the whole given encoder on the query side (stem then top), the stem plus a duplicate on the document
# Expect: pass
import keras


def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    query = keras.Input(shape=(8,))
    document = keras.Input(shape=(8,))
    q = encoder(query)
    settings = top.get_config()
    settings.pop("name")
    d = keras.layers.Dense(**{k: v for k, v in settings.items() if k not in ("trainable", "dtype")})(stem(document))
    return keras.Model([query, document], keras.layers.Dense(1, activation="sigmoid")(keras.layers.concatenate([q, d])))
