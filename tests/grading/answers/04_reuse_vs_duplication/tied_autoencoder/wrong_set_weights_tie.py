# Misconception: copying the encoder's kernel, transposed, into the decoder ties them.
# Expect: fail "(?s)holding the encoder.s values, transposed: a copy.*set_weights copies values once; it ties nothing"
def build_tied_autoencoder():
    inputs = keras.Input(shape=(12,))
    encoder = keras.layers.Dense(5, activation="relu")
    decoder = keras.layers.Dense(12)
    outputs = decoder(encoder(inputs))
    kernel = keras.ops.convert_to_numpy(keras.ops.transpose(encoder.kernel))
    decoder.set_weights([kernel, np.zeros(12, "float32")])
    return keras.Model(inputs, outputs)
