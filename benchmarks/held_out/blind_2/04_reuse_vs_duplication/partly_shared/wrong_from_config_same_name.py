# Misconception: from_config(top.get_config()) gives a fresh duplicate and the name does not matter
# Expect: fail
import keras


def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    query = keras.Input(shape=(8,))
    document = keras.Input(shape=(8,))
    twin = top.__class__.from_config(top.get_config())
    merged = keras.layers.Concatenate()([top(stem(query)), twin(stem(document))])
    return keras.Model([query, document], keras.layers.Dense(1, activation="sigmoid")(merged))
