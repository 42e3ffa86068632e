# Misconception: each side gets its own stem too, with the stem's configuration
# Expect: fail
import keras


def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    query = keras.Input(shape=(8,))
    document = keras.Input(shape=(8,))
    stem_config = dict(stem.get_config(), name="document_stem")
    top_config = dict(top.get_config(), name="document_top")
    d = keras.layers.Dense.from_config(top_config)(keras.layers.Dense.from_config(stem_config)(document))
    merged = keras.layers.Concatenate()([top(stem(query)), d])
    return keras.Model([query, document], keras.layers.Dense(1, activation="sigmoid")(merged))
