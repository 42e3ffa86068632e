# Alternative: every layer of the base frozen in a loop before cutting
# Expect: pass
def build_service_model(base):
    for layer in base.layers:
        layer.trainable = False
    extractor = keras.Model(base.input, base.get_layer("features").output)
    readings = keras.Input(shape=(8,))
    return keras.Model(readings, keras.layers.Dense(2, activation="softmax")(extractor(readings)))
