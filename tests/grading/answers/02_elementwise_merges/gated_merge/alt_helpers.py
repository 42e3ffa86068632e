# Alternative: the lower-case multiply() helper, each branch a Sequential.
# Expect: pass
def build_gated_model():
    signal = keras.Input(shape=(12,))
    context = keras.Input(shape=(5,))
    features = keras.Sequential([keras.layers.Dense(8, activation="tanh")])(signal)
    gate = keras.Sequential([keras.layers.Dense(8, activation="sigmoid")])(context)
    head = keras.layers.Dense(1)
    return keras.Model([signal, context], head(keras.layers.multiply([features, gate])))
