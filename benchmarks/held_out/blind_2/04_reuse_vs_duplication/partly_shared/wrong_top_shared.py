# Misconception: used the given top on both sides
# Expect: fail
import keras


def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    query = keras.Input(shape=(8,))
    document = keras.Input(shape=(8,))
    q = top(stem(query))
    d = top(stem(document))
    merged = keras.layers.Concatenate()([q, d])
    return keras.Model([query, document], keras.layers.Dense(1, activation="sigmoid")(merged))
