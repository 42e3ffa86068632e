# Misconception: a clone can sit beside its original in one model (it keeps the name "encoder").
# Expect: fail "two layers \(or models\) in the model are both named 'encoder'"
def build_drift_monitor(encoder):
    snapshot = keras.models.clone_model(encoder)
    snapshot.set_weights(encoder.get_weights())
    snapshot.trainable = False
    inputs = keras.Input(shape=(8,))
    return keras.Model(inputs, keras.layers.Subtract()([encoder(inputs), snapshot(inputs)]))
