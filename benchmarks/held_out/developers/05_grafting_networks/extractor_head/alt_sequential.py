# Alternative: Sequential with the frozen extractor as its first layer
# Expect: pass
def build_service_model(base):
    extractor = keras.Model(base.input, base.get_layer("features").output, name="cut")
    extractor.trainable = False
    return keras.Sequential(
        [keras.Input(shape=(8,)), extractor, keras.layers.Dense(2, activation="softmax")]
    )
