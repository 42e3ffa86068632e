# Misconception: a cut model starts from a new keras.Input (the layer's output belongs to the
# base's graph, which a new Input does not reach) (explained from Keras's own error by
# keras_errors, no table entry).
# Expect: fail "a layer.s .output belongs to the network it was computed in"
def build_service_model(base):
    readings = keras.Input(shape=(8,))
    extractor = keras.Model(readings, base.get_layer("features").output)
    extractor.trainable = False
    return keras.Model(readings, keras.layers.Dense(2, activation="softmax")(extractor(readings)))
