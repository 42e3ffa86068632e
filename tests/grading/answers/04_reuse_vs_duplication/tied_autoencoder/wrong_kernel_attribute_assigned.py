# Misconception: assigning the encoder's kernel, transposed, to a Dense decoder's kernel
# attribute ties them (lesson 4's common mistake 4: kernel is a read-only property)
# (explained from Keras's error by a sharing-context rule of keras_errors that
# reuse_vs_duplication adds, no table entry).
# Expect: fail "a Dense layer creates and owns its kernel: kernel is a read-only property"
def build_tied_autoencoder():
    inputs = keras.Input(shape=(12,))
    encoder = keras.layers.Dense(5, activation="relu")
    decoder = keras.layers.Dense(12)
    outputs = decoder(encoder(inputs))
    decoder.kernel = keras.ops.transpose(encoder.kernel)
    return keras.Model(inputs, outputs)
