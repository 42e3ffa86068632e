# Alternative: a loop over the inputs and the functional keras.layers.subtract
# Expect: pass
def build_siamese_model():
    inputs = [keras.Input(shape=(10,)) for _ in range(2)]
    encoder = keras.layers.Dense(units=6, activation=keras.activations.tanh)
    codes = [encoder(t) for t in inputs]
    diff = keras.layers.subtract(codes)
    out = keras.layers.Dense(1, activation=keras.activations.sigmoid)(diff)
    return keras.Model(inputs, out)
