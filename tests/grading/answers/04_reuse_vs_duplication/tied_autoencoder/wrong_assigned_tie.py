# Misconception: assigning the encoder's kernel, transposed, to a Dense decoder's kernel ties
# them (assign copies values once: the decoder keeps a kernel of its own)
# (explained from the names the code uses by check_tied, no table entry).
# Expect: fail "variable\.assign copies values once; it ties nothing"
def build_tied_autoencoder():
    inputs = keras.Input(shape=(12,))
    encoder = keras.layers.Dense(5, activation="relu")
    decoder = keras.layers.Dense(12)
    outputs = decoder(encoder(inputs))
    decoder.kernel.assign(keras.ops.transpose(encoder.kernel))
    return keras.Model(inputs, outputs)
