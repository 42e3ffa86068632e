# Alternative: freeze the whole base first (its layers are the extractor's), then cut it;
# the head written with a separate Softmax layer.
# Expect: pass
def build_service_model(base):
    base.trainable = False
    features = keras.Model(base.input, base.get_layer("features").output)
    readings = keras.Input(shape=(8,))
    scores = keras.layers.Dense(2)(features(readings))
    return keras.Model(readings, keras.layers.Softmax()(scores))
