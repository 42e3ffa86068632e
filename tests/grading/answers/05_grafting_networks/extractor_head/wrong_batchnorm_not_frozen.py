# Misconception: only layers with a kernel (Dense) need freezing; BatchNormalization
# learns nothing (a trainable one runs in training mode in fit).
# (explained from the layers' trainable flags by grafting_networks.check_trainable, no table entry)
# Expect: fail "(?m)Received: +trains 'norm' \(BatchNormalization\)$"
def build_service_model(base):
    extractor = keras.Model(base.inputs, base.get_layer("features").output)
    for layer in extractor.layers:
        if isinstance(layer, keras.layers.Dense):
            layer.trainable = False
    readings = keras.Input(shape=(8,))
    outputs = keras.layers.Dense(2, activation="softmax")(extractor(readings, training=False))
    return keras.Model(readings, outputs)
