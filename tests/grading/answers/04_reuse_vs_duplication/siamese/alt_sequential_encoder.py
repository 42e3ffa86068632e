# Alternative: the encoder is a small Sequential model, called on both inputs; helper functions.
# Expect: pass
def build_siamese_model():
    encoder = keras.Sequential(
        [keras.layers.Dense(4), keras.layers.Activation("relu")], name="shared_encoder"
    )
    inputs = [keras.Input((8,)), keras.Input((8,))]
    codes = [encoder(tensor) for tensor in inputs]
    score = keras.layers.Dense(1, activation="sigmoid")(keras.layers.concatenate(codes))
    return keras.Model(inputs=inputs, outputs=score)
