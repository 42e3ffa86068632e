# Misconception: freezing a network is freezing its variables, one by one (the layers stay
# trainable, and a trainable BatchNormalization runs in training mode in fit)
# (explained from the layer's own flag by grafting_networks.check_inference_mode, no table entry).
# Expect: fail "the variables were frozen one by one \(variable.trainable = False\), but the layer 'norm'"
def build_service_model(base):
    extractor = keras.Model(base.inputs, base.get_layer("features").output)
    for variable in extractor.weights:
        variable.trainable = False
    readings = keras.Input(shape=(8,))
    features = extractor(readings, training=False)
    return keras.Model(readings, keras.layers.Dense(2, activation="softmax")(features))
