# Alternative: freezes each layer of the base in a loop and uses base.inputs
# Expect: pass
def build_service_model(base):

    for layer in base.layers:
        layer.trainable = False
    extractor = keras.Model(base.inputs, base.get_layer("features").output, name="extractor")
    x = keras.Input(shape=(8,))
    return keras.Model(x, keras.layers.Dense(2, activation="softmax")(extractor(x)))
