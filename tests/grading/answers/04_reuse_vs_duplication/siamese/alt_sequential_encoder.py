# Alternative: the encoder is a small Sequential model, called on both inputs; helper functions.
# Expect: pass
def build_siamese_model():
    encoder = keras.Sequential(
        [keras.layers.Dense(6), keras.layers.Activation("tanh")], name="shared_encoder"
    )
    inputs = [keras.Input((10,)), keras.Input((10,))]
    codes = [encoder(tensor) for tensor in inputs]
    score = keras.layers.Dense(1, activation="sigmoid")(keras.layers.subtract(codes))
    return keras.Model(inputs=inputs, outputs=score)
