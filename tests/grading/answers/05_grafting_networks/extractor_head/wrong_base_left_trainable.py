# Misconception: calling the base with training=False freezes it (it only sets the
# mode of layers such as BatchNormalization; the weights stay trainable).
# Expect: fail "trains .hidden. \(Dense\), .norm. \(BatchNormalization\), .features. \(Dense\)"
def build_service_model(base):
    extractor = keras.Model(base.inputs, base.get_layer("features").output)
    readings = keras.Input(shape=(8,))
    features = extractor(readings, training=False)
    return keras.Model(readings, keras.layers.Dense(2, activation="softmax")(features))
