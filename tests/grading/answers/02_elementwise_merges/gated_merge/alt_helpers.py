# Alternative: the lower-case concatenate() and multiply() helpers, each branch a Sequential.
# Expect: pass
def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))
    features = keras.Sequential([keras.layers.Dense(6, activation="tanh")])(signal)
    gate = keras.Sequential([keras.layers.Dense(6, activation="sigmoid")])(
        keras.layers.concatenate([signal, context])
    )
    head = keras.layers.Dense(2)
    return keras.Model([signal, context], head(keras.layers.multiply([features, gate])))
