# Misconception: concatenated the document's encoding first
# Expect: fail
import keras


def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    query = keras.Input(shape=(8,))
    document = keras.Input(shape=(8,))
    twin = keras.layers.Dense.from_config({**top.get_config(), "name": "top_copy"})
    merged = keras.layers.Concatenate()([twin(stem(document)), top(stem(query))])
    return keras.Model([query, document], keras.layers.Dense(1, activation="sigmoid")(merged))
