# Misconception: wrote the duplicate by hand as the check's Dense(4, tanh)
# Expect: fail
import keras


def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    query = keras.Input(shape=(8,))
    document = keras.Input(shape=(8,))
    twin = keras.layers.Dense(4, activation="tanh")
    merged = keras.layers.Concatenate()([top(stem(query)), twin(stem(document))])
    return keras.Model([query, document], keras.layers.Dense(1, activation="sigmoid")(merged))
