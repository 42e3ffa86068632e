# Alternative: the head added straight onto the base's own graph (its input and its
# 'features' tensor), the whole base frozen.
# Expect: pass
def build_service_model(base):
    base.trainable = False
    features = base.get_layer("features").output
    service = keras.layers.Dense(2, activation="softmax", name="service")(features)
    return keras.Model(inputs=base.inputs, outputs=service)
