# Misconception: a decoder initialised with the encoder's kernel, transposed, is tied to it
# (an initializer copies the values once)
# (explained from the decoder's initializer configuration by check_tied, no table entry).
# Expect: fail "initialised with Constant\(the encoder's kernel, transposed\)"
def build_tied_autoencoder():
    inputs = keras.Input(shape=(12,))
    encoder = keras.layers.Dense(5, activation="relu")
    code = encoder(inputs)
    start = keras.ops.convert_to_numpy(keras.ops.transpose(encoder.kernel))
    decoder = keras.layers.Dense(12, kernel_initializer=keras.initializers.Constant(start))
    return keras.Model(inputs, decoder(code))
