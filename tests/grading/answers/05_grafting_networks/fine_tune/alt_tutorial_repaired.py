# Alternative: the recipe repaired line by line: the slice skips the extractor's InputLayer,
# the rate set on the optimizer's learning_rate variable, and the model compiled again with
# that optimizer so the freeze takes effect.
# Expect: pass
def prepare_fine_tuning(model, extractor):
    for layer in extractor.layers[1:3]:  # layers[0] is the extractor's InputLayer
        layer.trainable = False
    model.optimizer.learning_rate.assign(1e-4)
    model.compile(optimizer=model.optimizer, loss="categorical_crossentropy")
    return model
