# Misconception: a fresh copy of the model is safer to fine-tune
# Expect: fail
def prepare_fine_tuning(model, extractor):
    tuned = keras.models.clone_model(model)
    tuned.set_weights(model.get_weights())
    for layer in tuned.layers[1].layers[1:3]:
        layer.trainable = False
    tuned.compile(optimizer=keras.optimizers.SGD(1e-4), loss="categorical_crossentropy")
    return tuned
